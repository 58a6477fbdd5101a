from django.urls import path

from forum import views

app_name = "forum"
urlpatterns = [
    path("live/forum/", views.post_list, name="list"),
    path("live/forum/new/", views.post_new, name="new"),
    path("live/forum/<int:pk>/", views.post_detail, name="post"),
    path("live/forum/<int:pk>/edit/", views.post_edit, name="edit"),
    path("live/forum/<int:pk>/delete/", views.post_delete, name="delete"),
]
