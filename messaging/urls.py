from django.urls import path

from messaging import views

app_name = "messaging"
urlpatterns = [
    path("live/messages/", views.inbox, name="inbox"),
    path("live/messages/with/<int:pk>/", views.conversation_with, name="conversation_with"),
    path("live/messages/<int:pk>/", views.conversation, name="conversation"),
]
