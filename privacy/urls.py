from django.urls import path

from privacy import views

app_name = "privacy"
urlpatterns = [
    path("live/my-data/", views.overview, name="overview"),
    path("live/my-data/download/", views.download, name="download"),
    path("live/my-data/delete/", views.delete_account, name="delete"),
    path("live/my-data/deleted/", views.deleted, name="deleted"),
]
